// Small builders for audit tests: a map with stages s1…s3 and touchpoints given in shorthand.
import { JourneyMapSchema, TouchpointSchema, type JourneyMap, type Quantity, type Touchpoint } from '../../src/model/schema';

type Shorthand = Partial<Omit<Touchpoint, 'id' | 'stageId'>> & { id: string; stageId?: string };

export function touchpointOf(shorthand: Shorthand): Touchpoint {
  return TouchpointSchema.parse({ title: shorthand.id, channel: 'web', position: { x: 0, y: 0 }, stageId: 's1', ...shorthand });
}

export function mapOf(...touchpoints: Shorthand[]): JourneyMap {
  return JourneyMapSchema.parse({
    id: 'm',
    title: 'Test map',
    createdAt: '2026-11-23T10:00:00.000Z',
    updatedAt: '2026-11-23T10:00:00.000Z',
    stages: [{ id: 's1', name: 'One' }, { id: 's2', name: 'Two' }, { id: 's3', name: 'Three' }],
    touchpoints: touchpoints.map(touchpointOf),
    connections: [],
  });
}

/** An expectation message; with a promise when `value` and `unit` are given. */
export function say(topic: string, message: string, value?: number, unit?: string, better: Quantity['better'] = 'lower') {
  return value === undefined || unit === undefined
    ? { id: `e-${message}`, topic, message }
    : { id: `e-${message}`, topic, message, promise: { value, unit, better } };
}

/** An experience; with a measured result when `value` and `unit` are given. */
export function felt(topic: string, value?: number, unit?: string) {
  return value === undefined || unit === undefined ? { id: `x-${topic}`, topic } : { id: `x-${topic}-${value}`, topic, actual: { value, unit } };
}
