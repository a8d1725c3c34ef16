// @ts-check
// Why the server refuses a client, as stable machine strings. The provider receives them as
// `onAuthenticationFailed({ reason })` (refused at the door) or as the `reason` of its `onClose`
// event (a connection closed later); the app maps each to its own translated text.

export const REASONS = /** @type {const} */ ({
  /** The client sent no room key (an empty provider `token`). */
  missingRoomKey: 'missing-room-key',
  /** The room key is not base64url of at least 128 bits. */
  invalidRoomKey: 'invalid-room-key',
  /** The document has a room key and this is not it. */
  wrongRoomKey: 'wrong-room-key',
  /** The document name (the map id) is empty, longer than 64 characters or has control characters. */
  invalidDocumentName: 'invalid-document-name',
  /** Too many connections from this address in the last minute (extension-throttle). */
  tooManyConnections: 'too-many-connections',
  /** The update would make the document larger than the server keeps. */
  documentTooLarge: 'document-too-large',
});

/**
 * @typedef {{ reason: string, code: number }} Refusal
 * What to throw to refuse a client. Thrown from `onAuthenticate` (or `onConnect`) its reason
 * becomes the PermissionDenied reason; thrown from `beforeHandleMessage` it closes that document's
 * connection with this code and reason. A plain object, not an Error: Hocuspocus then logs no
 * stack trace and no second line; `refuse` logs one line itself, without any key.
 */

/**
 * @param {string} reason one of REASONS
 * @param {number} code a WebSocket close code (4000–4999 belong to the application)
 * @param {string | null} documentName logged with the reason; null to log nothing
 * @returns {Refusal}
 */
export function refuse(reason, code, documentName) {
  if (documentName !== null) console.warn(`refused ${JSON.stringify(documentName)}: ${reason}`);
  return { reason, code };
}
