// The dotted grid behind the map, drawn only where it can be seen. Far out its dots are a tenth
// of a pixel wide, 3 px apart: invisible, yet the grid covers the whole screen and moves with
// every frame of a pan, so every tile of the screen was rastered again each frame (twice the
// tiles of a pan at fit view without it; README, "Performance").
import { Background } from '@xyflow/react';
import { memo } from 'react';
import { useZoomBand } from './useZoomBand';

function CanvasBackgroundView() {
  return useZoomBand() === 'far' ? null : <Background gap={32} color="#e2e8f0" />;
}

export const CanvasBackground = memo(CanvasBackgroundView);
