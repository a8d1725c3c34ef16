// The app's one database and repository. Tests build their own with openDatabase(name).
import { openDatabase } from '../persistence/db';
import { createRepository } from '../persistence/repository';

export const repository = createRepository(openDatabase());
