// A fresh repository on its own fake-indexeddb database per test, deleted after each test.
import { afterEach } from 'vitest';
import { openDatabase } from '../../src/persistence/db';
import { createRepository, type Repository } from '../../src/persistence/repository';

/** Call at the top of a test file; returns the function that makes each test's repository. */
export function freshRepositories(prefix: string): () => Repository {
  const opened: Repository[] = [];
  afterEach(async () => {
    for (const repository of opened.splice(0)) {
      repository.db.close();
      await repository.db.delete();
    }
  });
  return () => {
    const repository = createRepository(openDatabase(`${prefix}-${crypto.randomUUID()}`));
    opened.push(repository);
    return repository;
  };
}
