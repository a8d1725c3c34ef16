import { memo } from 'react';
import { t } from '../../i18n/en';
import { PILLARS, type Pillar } from '../../model/schema';
import { useTouchpointEditor } from './context';
import { Section } from './fields';
import { toggleMember } from './listOps';
import { useLocale } from '../../i18n/locale';

export const PillarSection = memo(function PillarSection({ pillars }: { pillars: Pillar[] }) {
  useLocale(); // re-render in a newly chosen language: memo would keep the old text
  const editor = useTouchpointEditor();
  return (
    <Section heading={t.inspector.pillars.heading} count={pillars.length}>
      <div className="insp-chips">
        {PILLARS.map((pillar) => (
          <label key={pillar} className="insp-chip">
            <input
              type="checkbox"
              checked={pillars.includes(pillar)}
              onChange={(event) => editor.patch({ pillars: toggleMember(pillars, pillar, event.target.checked, PILLARS) })}
            />
            <span>{t.pillars[pillar]}</span>
          </label>
        ))}
      </div>
    </Section>
  );
});
