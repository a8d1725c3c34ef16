// @ts-check
// The server's settings, read from the environment once at start-up. Bad values stop the server
// with a message naming the variable, instead of a server that half works.
import path from 'node:path';

/**
 * @typedef {{ host: string, port: number, password?: string, username?: string, db?: number, tls: boolean }} RedisSettings
 * @typedef {{
 *   host: string,
 *   port: number,
 *   dataDir: string,
 *   redis: RedisSettings | null,
 *   maxDocumentBytes: number,
 *   connectionsPerMinute: number,
 *   trustProxy: boolean,
 * }} ServerConfig
 */

/** FORMAT.md's file limit: 25 MB (decimal), the same as an import. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 25_000_000;

/**
 * @param {NodeJS.ProcessEnv} env
 * @param {string} cwd where a relative DATA_DIR is resolved from
 * @returns {ServerConfig}
 */
export function readConfig(env, cwd = process.cwd()) {
  return {
    host: env.HOST?.trim() || '127.0.0.1',
    port: integer(env, 'PORT', 1234, 0, 65535),
    dataDir: path.resolve(cwd, env.DATA_DIR?.trim() || 'data'),
    redis: readRedis(env),
    maxDocumentBytes: integer(env, 'MAX_DOCUMENT_BYTES', DEFAULT_MAX_DOCUMENT_BYTES, 1, Number.MAX_SAFE_INTEGER),
    // A workshop of 30 behind one office NAT, each reconnecting a few times, stays well below.
    connectionsPerMinute: integer(env, 'CONNECTIONS_PER_MINUTE', 120, 1, 1_000_000),
    trustProxy: flag(env, 'TRUST_PROXY'),
  };
}

/**
 * @param {NodeJS.ProcessEnv} env
 * @param {string} name
 * @param {number} fallback
 * @param {number} min
 * @param {number} max
 */
function integer(env, name, fallback, min, max) {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${text}"`);
  }
  return value;
}

/**
 * @param {NodeJS.ProcessEnv} env
 * @param {string} name
 */
function flag(env, name) {
  const text = env[name]?.trim().toLowerCase();
  if (!text || text === '0' || text === 'false' || text === 'no') return false;
  if (text === '1' || text === 'true' || text === 'yes') return true;
  throw new Error(`${name} must be 1 or 0 (true or false), not "${env[name]}"`);
}

/**
 * REDIS_URL (redis://[user:password@]host[:port][/db], rediss:// for TLS) or REDIS_HOST with
 * REDIS_PORT; none of them means a single process without Redis.
 * @param {NodeJS.ProcessEnv} env
 * @returns {RedisSettings | null}
 */
function readRedis(env) {
  const urlText = env.REDIS_URL?.trim();
  if (urlText) {
    let url;
    try {
      url = new URL(urlText);
    } catch {
      throw new Error('REDIS_URL is not a URL (expected redis://host:port)');
    }
    if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new Error('REDIS_URL must start with redis:// or rediss://');
    const db = url.pathname.replace(/^\//, '');
    if (db && !/^\d+$/.test(db)) throw new Error('REDIS_URL: the path must be a database number (redis://host:port/0)');
    return {
      host: url.hostname || '127.0.0.1',
      port: url.port ? Number(url.port) : 6379,
      ...(url.password ? { password: decodeURIComponent(url.password) } : {}),
      ...(url.username ? { username: decodeURIComponent(url.username) } : {}),
      ...(db ? { db: Number(db) } : {}),
      tls: url.protocol === 'rediss:',
    };
  }
  if (env.REDIS_HOST?.trim() || env.REDIS_PORT?.trim()) {
    return { host: env.REDIS_HOST?.trim() || '127.0.0.1', port: integer(env, 'REDIS_PORT', 6379, 1, 65535), tls: false };
  }
  return null;
}
