// Structural equality of plain JSON values: the model's, which its operations use too.
export { sameValue } from '../model/sameValue';
