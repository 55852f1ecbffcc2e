import { v5 as uuidv5 } from 'uuid';

/**
 * The id of the copy of an entry made by a copy of a day: a UUID v5 of the entry's id in the
 * copy's. The server stores copies under it and the device shows them under it before they
 * are stored, so a copy not yet synced can be changed or deleted, and a copy sent twice at once
 * makes the same ids.
 */
export const copiedEntryId = (copyId: string) => (sourceId: string): string => uuidv5(sourceId, copyId);
