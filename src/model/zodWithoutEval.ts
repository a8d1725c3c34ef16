// Zod compiles its object parsers with `new Function` when it may. The app's content security
// policy (vite.config.ts) allows no eval, and even Zod's guarded probe for it is reported as a
// violation; so Zod is told not to try. Zod decides when a schema is created: schema.ts imports
// this before it builds any.
import { z } from 'zod';

z.config({ jitless: true });
