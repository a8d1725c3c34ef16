// One icon per kind of finding and per verdict, so that meaning never rests on colour alone.
import { CircleArrowUp, CircleCheck, CircleDashed, CircleMinus, HeartCrack, MessageSquareOff, Split, UmbrellaOff, type LucideIcon } from 'lucide-react';
import type { FindingKind, Judgement } from '../audit';

export const KIND_ICONS: Record<FindingKind, LucideIcon> = {
  conflict: Split,
  'broken-promise': HeartCrack,
  silent: MessageSquareOff,
  'uncovered-pain': UmbrellaOff,
};

export const VERDICT_ICONS: Record<Judgement['status'], LucideIcon> = {
  broken: HeartCrack,
  met: CircleCheck,
  exceeded: CircleArrowUp,
  'no-actual': CircleDashed,
  'no-promise': CircleMinus,
  'not-comparable': CircleMinus,
};
