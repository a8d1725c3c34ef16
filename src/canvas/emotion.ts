// Emotion is shown as a face (shape carries the meaning) on a tint (colour only reinforces it).
export const EMOTION_FACES: Record<string, string> = { '-2': '😞', '-1': '🙁', '0': '😐', '1': '🙂', '2': '😄' };
export const EMOTION_TINTS: Record<string, string> = {
  '-2': '#fde2e2', '-1': '#fdecdc', '0': '#eef0f3', '1': '#e1f3ea', '2': '#cdeedd',
};
