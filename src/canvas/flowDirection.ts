// Which way the journey runs, for the canvas's nodes and arrows (handles, the curve, detours). The
// canvas and the PNG export provide it; nodes read it from context rather than from every node's data.
import { createContext, useContext } from 'react';
import { useInterfaceDirection } from '../i18n/locale';
import { useMapSelector } from '../store/context';
import { flowDirection, type Direction } from './flowMirror';

export const FlowDirectionContext = createContext<Direction>('ltr');

/** Inside the canvas: the direction its provider set. */
export function useFlowDirection(): Direction {
  return useContext(FlowDirectionContext);
}

/** The open map's direction: its `flow`, else the interface language's. */
export function useMapFlowDirection(): Direction {
  return flowDirection(useMapSelector((m) => m.flow), useInterfaceDirection());
}
