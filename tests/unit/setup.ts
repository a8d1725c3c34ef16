// Unit tests run against an in-memory IndexedDB; browser tests use Chromium's real one.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/react';

// findBy/waitFor wait for what the screen shows; CI's 2 cores may be busy (and the first import
// of a lazily loaded module takes a while there), so they wait up to 15 s, not 1 s.
configure({ asyncUtilTimeout: 15_000 });
