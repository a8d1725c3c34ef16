// The library's "Could not …: <detail>" messages: the detail is a sentence from the catalog
// whenever the error is one the app knows, never an English message from below.
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/en';
import { MapDeletedError } from '../../src/persistence/docStorage';
import { errorDetail } from '../../src/ui/library/libraryText';
import { freshRepositories } from './repositoryHelpers';

const freshRepository = freshRepositories('library-errors');

describe('errorDetail', () => {
  it('says a deleted map is no longer in this browser', async () => {
    const repository = freshRepository();
    const failure = await repository.renameMap('gone', 'New title', new Date().toISOString()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MapDeletedError);
    expect(errorDetail(failure)).toBe(t.library.errors.notFound);
  });

  it('keeps the message of an error it does not know', () => {
    expect(errorDetail(new Error('disk on fire'))).toBe('disk on fire');
  });
});
