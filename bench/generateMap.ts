// A seeded generator of journey maps for the benchmark: the same seed gives the same map.
// Every field is populated the way the example files are, with text in several scripts.
import type { Channel, Connection, JourneyMap, Severity, Stage, Touchpoint, TrustBreakKind } from '../src/model/schema';
import { CHANNELS, PILLARS } from '../src/model/schema';

/** mulberry32: a tiny, good-enough PRNG that is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STAGE_NAMES = ['Awareness', 'Consideration', 'Purchase', 'Onboarding', 'Delivery', 'Use', 'Support', 'Loyalty'];
const STAGE_COLORS = ['#4f7cff', '#8a5cf6', '#f59e0b', '#0ea5e9', '#ef4444', '#64748b', '#10b981', '#ec4899'];
const PLACES = ['Product page', 'Checkout', 'Order email', 'Parcel arrives', 'Call centre', 'Survey', 'Store visit', 'App login',
  'หน้าสินค้า', '结账页面', 'صفحه پرداخت', 'Returns portal', 'Chat with agent', 'Social ad', 'Invoice', 'Loyalty card'];
const TOPICS: Array<{ topic: string; message: string; value: number; unit: string; better: 'lower' | 'higher' }> = [
  { topic: 'Delivery time', message: 'Free delivery in 3 days', value: 3, unit: 'days', better: 'lower' },
  { topic: 'Delivery time', message: 'Delivered within 72 hours', value: 72, unit: 'hours', better: 'lower' },
  { topic: 'Waiting time', message: 'An agent answers within 5 minutes', value: 5, unit: 'minutes', better: 'lower' },
  { topic: 'Returns', message: 'Free returns for 30 days', value: 30, unit: 'days', better: 'higher' },
  { topic: 'Price', message: 'No hidden fees', value: 0, unit: 'THB', better: 'lower' },
  { topic: 'Refund time', message: 'Refund within 2 weeks', value: 2, unit: 'weeks', better: 'lower' },
  { topic: 'เวลารอ', message: 'รอไม่เกิน 15 นาที', value: 15, unit: 'minutes', better: 'lower' },
  { topic: '配送时间', message: '两天内送达', value: 2, unit: 'days', better: 'lower' },
  { topic: 'Warranty', message: 'Two-year warranty', value: 2, unit: 'years', better: 'higher' },
];
const NOTES = ['Asked to re-enter the address', 'Long wait on hold', 'Confusing form', 'ต้องกรอกข้อมูลซ้ำ', '等待时间太长', 'فرم گیج‌کننده است'];
const QUOTES = ['Took a week to arrive, not the 3 days in the ad.', 'พนักงานสุภาพมาก', '客服很有耐心', 'Nobody told me about the fee.'];
const SEVERITIES: Severity[] = ['low', 'medium', 'high'];
const TRUST_KINDS: TrustBreakKind[] = ['inconsistent-info', 'hidden-cost', 'broken-promise', 'privacy', 'other'];

export type GenerateOptions = { touchpoints: number; stages?: number; seed?: number; expectationsPerTouchpoint?: number };

export function generateMap({ touchpoints: count, stages: stageCount = 8, seed = 42, expectationsPerTouchpoint = 3 }: GenerateOptions): JourneyMap {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const some = <T>(max: number, make: (i: number) => T): T[] => Array.from({ length: Math.floor(random() * (max + 1)) }, (_, i) => make(i));

  const stages: Stage[] = Array.from({ length: stageCount }, (_, i) => ({
    id: `s${i}`,
    name: STAGE_NAMES[i % STAGE_NAMES.length] as string,
    color: STAGE_COLORS[i % STAGE_COLORS.length] as string,
  }));
  const perStage = Array.from({ length: stageCount }, () => 0);
  const touchpoints: Touchpoint[] = Array.from({ length: count }, (_, i) => {
    const stageIndex = Math.min(stageCount - 1, Math.floor((i * stageCount) / count));
    const row = perStage[stageIndex] ?? 0;
    perStage[stageIndex] = row + 1;
    const emotion = random() < 0.85 ? Math.floor(random() * 5) - 2 : undefined;
    const touchpoint: Touchpoint = {
      id: `t${i}`,
      stageId: `s${stageIndex}`,
      title: `${pick(PLACES)} ${i + 1}`,
      channel: pick(CHANNELS) as Channel,
      position: { x: stageIndex * 320, y: row * 180 },
      friction: some(2, (k) => ({ id: `f${k}`, severity: pick(SEVERITIES), note: pick(NOTES) })),
      trustBreaks: some(1, (k) => ({ id: `b${k}`, kind: pick(TRUST_KINDS), note: pick(NOTES) })),
      expectations: Array.from({ length: expectationsPerTouchpoint }, (_, k) => {
        const topic = pick(TOPICS);
        return random() < 0.8
          ? { id: `e${k}`, topic: topic.topic, message: topic.message, promise: { value: topic.value, unit: topic.unit, better: topic.better } }
          : { id: `e${k}`, topic: topic.topic, message: topic.message };
      }),
      experiences: some(1, (k) => {
        const topic = pick(TOPICS);
        return { id: `x${k}`, topic: topic.topic, note: pick(NOTES), actual: { value: topic.value + Math.floor(random() * 5), unit: topic.unit } };
      }),
      metrics: some(2, (k) => (k === 0 ? { key: 'csat', value: Math.round(random() * 100), unit: '%', target: 80 } : { key: 'nps', value: Math.round(random() * 200) - 100 })),
      pillars: PILLARS.filter(() => random() < 0.25),
      evidence: some(1, (k) => ({ id: `v${k}`, quote: pick(QUOTES), source: 'Interview' })),
      actions: some(1, (k) => ({ id: `a${k}`, text: 'Fix the cause, not only the case', owner: 'CX lead', due: '2026-12-31', status: pick(['open', 'doing', 'done'] as const) })),
    };
    if (emotion !== undefined) touchpoint.emotion = emotion;
    if (random() < 0.3) touchpoint.description = 'What happens here, seen from the customer’s side.';
    if (random() < 0.3) touchpoint.votes = Math.floor(random() * 4);
    return touchpoint;
  });

  // About 1.2 arrows per touchpoint: the journey's main path, plus forward jumps.
  const connections: Connection[] = [];
  const seen = new Set<string>();
  const link = (from: number, to: number) => {
    const key = `${from}>${to}`;
    if (from === to || to >= count || seen.has(key)) return;
    seen.add(key);
    connections.push({ id: `c${connections.length}`, from: `t${from}`, to: `t${to}`, ...(random() < 0.1 ? { label: 'then' } : {}) });
  };
  for (let i = 0; i + 1 < count; i++) link(i, i + 1);
  while (connections.length < Math.round(count * 1.2) && count > 2) {
    const from = Math.floor(random() * (count - 2));
    link(from, from + 2 + Math.floor(random() * 20));
  }

  return {
    id: `bench-${count}-${seed}`,
    title: `Benchmark journey, ${count} touchpoints`,
    description: 'Generated for the benchmark.',
    persona: { name: 'Generated persona' },
    createdAt: '2026-11-23T00:00:00.000Z',
    updatedAt: '2026-11-23T00:00:00.000Z',
    stages,
    touchpoints,
    connections,
  };
}
