// The UI string catalog: every word the interface shows lives here (user text never does).
// Sections follow the screens; functions build sentences that contain numbers or names.
import type { ActionStatus, Channel, Pillar, Severity, TrustBreakKind } from '../model/schema';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const en = {
  app: {
    name: 'Waymark',
    tagline: 'Customer journey maps for CX teams',
    loading: 'Opening…',
    crashed: 'Something went wrong in Waymark. Your maps are kept in this browser; reload to continue.',
    reload: 'Reload',
  },

  channels: {
    web: 'Website', app: 'Mobile app', store: 'Store', phone: 'Phone', email: 'Email', chat: 'Chat',
    social: 'Social media', ad: 'Advert', print: 'Print', delivery: 'Delivery', 'in-person': 'In person', other: 'Other',
  } satisfies Record<Channel, string>,

  emotions: { '-2': 'Very negative', '-1': 'Negative', '0': 'Neutral', '1': 'Positive', '2': 'Very positive' } as Record<string, string>,
  emotionUnset: 'Not rated',

  severities: { low: 'Low', medium: 'Medium', high: 'High' } satisfies Record<Severity, string>,

  trustBreakKinds: {
    'inconsistent-info': 'Inconsistent information', 'hidden-cost': 'Hidden cost', 'broken-promise': 'Broken promise',
    privacy: 'Privacy', other: 'Other',
  } satisfies Record<TrustBreakKind, string>,

  pillars: {
    personalisation: 'Personalisation', integrity: 'Integrity', expectations: 'Expectations', resolution: 'Resolution',
    'time-and-effort': 'Time and effort', empathy: 'Empathy',
  } satisfies Record<Pillar, string>,

  actionStatuses: { open: 'Open', doing: 'Doing', done: 'Done' } satisfies Record<ActionStatus, string>,

  metrics: {
    nps: 'NPS (Net Promoter Score, −100…100)',
    csat: 'CSAT (customer satisfaction, %)',
    ces: 'CES (customer effort score, 1…7)',
    'resolution-time': 'Resolution time',
    'cart-abandonment': 'Cart abandonment (%)',
    returns: 'Returns (%)',
    'service-calls': 'Service calls',
    'repeat-purchases': 'Repeat purchases (%)',
    'pages-before-purchase': 'Pages viewed before purchase',
  } as Record<string, string>,

  storage: {
    saved: 'All changes saved',
    saving: 'Saving…',
    unsaved: 'Unsaved changes',
    retrying: (seconds: number) => `Not saved. Retrying in ${seconds} s — your work is kept in this tab.`,
    quota: 'Your browser’s storage is full, so the latest changes could not be saved. Free some space or export the map; your work is kept in this tab.',
    unavailable: 'This browser does not let Waymark use its storage (a private window, or site data blocked). Your work is kept in this tab only: export it before closing.',
    blocked: 'Another Waymark tab is holding the storage open. Close other Waymark tabs; your work is kept in this tab.',
    failed: (detail: string) => `Saving failed: ${detail}. Your work is kept in this tab and will be retried.`,
    loadFailed: (detail: string) => `Waymark could not read its storage: ${detail}`,
    retryNow: 'Retry now',
  },

  canvas: {
    label: 'Journey canvas',
    emptyHint: 'Double-click in a stage to add a touchpoint',
    frictionBadge: (n: number) => plural(n, 'friction point', 'friction points'),
    trustBadge: (n: number) => plural(n, 'trust break', 'trust breaks'),
    expectationBadge: (n: number) => plural(n, 'expectation message', 'expectation messages'),
    votesBadge: (n: number) => plural(n, 'vote', 'votes'),
    newTouchpoint: 'New touchpoint',
    editLabel: 'Edit arrow label',
    labelPlaceholder: 'Label',
    selfLoop: 'An arrow cannot go from a touchpoint to itself.',
    duplicateConnection: 'These touchpoints are already connected.',
  },

  toolbar: {
    library: 'All maps',
    undo: 'Undo',
    redo: 'Redo',
    addTouchpoint: 'Add touchpoint',
    addStage: 'Add stage',
    mapPanel: 'Map',
    inspectorPanel: 'Touchpoint',
    fitView: 'Fit view',
    delete: 'Delete selection',
    duplicate: 'Duplicate selection',
  },

  stages: {
    heading: 'Stages',
    newName: 'New stage',
    name: 'Stage name',
    color: 'Stage colour',
    moveLeft: 'Move stage earlier',
    moveRight: 'Move stage later',
    delete: 'Delete stage',
    add: 'Add stage',
    lastStage: 'A map needs at least one stage, so the last stage cannot be deleted.',
    confirmDeleteTitle: (name: string) => `Delete the stage “${name}”?`,
    confirmDeleteMove: (count: number, target: string) =>
      `Its ${plural(count, 'touchpoint', 'touchpoints')} will move to “${target}”. You can undo this.`,
    confirmDeleteEmpty: 'The stage has no touchpoints. You can undo this.',
    moved: (count: number, target: string) => `${plural(count, 'touchpoint', 'touchpoints')} moved to “${target}”.`,
  },

  mapPanel: {
    heading: 'Map',
    title: 'Title',
    description: 'Description',
    personaName: 'Persona',
    personaDescription: 'About the persona',
    personaPlaceholder: 'Whose journey is this?',
  },

  common: {
    cancel: 'Cancel',
    delete: 'Delete',
    close: 'Close',
    add: 'Add',
    remove: 'Remove',
    rename: 'Rename',
    duplicate: 'Duplicate',
    open: 'Open',
    save: 'Save',
    untitled: 'Untitled map',
    copyOf: (title: string) => `${title} (copy)`,
  },

  // Sections filled by the screens that own them.
  library: {},

  inspector: {},
};

export const t = en;
