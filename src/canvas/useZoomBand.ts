// The zoom band a node or an arrow draws itself for (see zoomBands.ts). The selector returns a
// string, so a pan or a zoom inside one band re-renders nothing.
import { useStore, type ReactFlowState } from '@xyflow/react';
import { zoomBand, type ZoomBand } from './zoomBands';

const selectBand = (state: ReactFlowState): ZoomBand => zoomBand(state.transform[2]);

export function useZoomBand(): ZoomBand {
  return useStore(selectBand);
}
