import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { coursePackOf } from '../../../contract/learningRecords/index';
import { useAppStore } from '../store/appStore';
import { renderApp } from '../testing/appHarness';

describe('a pack’s cmi5 course export in the library', () => {
  it('is a named, described button per pack that the keyboard reaches, exporting that pack', async () => {
    const { platform } = await renderApp();
    const [pack] = useAppStore.getState().packs;
    if (!pack) throw new Error('The library is empty.');
    const exportCourse = vi.spyOn(platform, 'exportCourse').mockResolvedValue(true);
    const section = screen.getByRole('region', { name: pack.title });
    const button = within(section).getByRole('button', {
      name: `Export as a cmi5 course: ${pack.title}`,
    });
    expect(button).toHaveAccessibleDescription(/one unit per scenario/);
    button.focus();
    await userEvent.setup().keyboard('{Enter}');
    expect(exportCourse).toHaveBeenCalledWith(coursePackOf(pack));
    expect(await within(section).findByRole('status')).toHaveTextContent(
      'Exported as a cmi5 course (XML).',
    );
  });

  it('says why when the export fails', async () => {
    const { platform } = await renderApp();
    const [pack] = useAppStore.getState().packs;
    if (!pack) throw new Error('The library is empty.');
    vi.spyOn(platform, 'exportCourse').mockRejectedValue(new Error('The disk is full.'));
    const section = screen.getByRole('region', { name: pack.title });
    await userEvent.setup().click(within(section).getByRole('button', { name: /cmi5 course/ }));
    expect(
      await within(section).findByText('The course could not be exported: The disk is full.'),
    ).toBeInTheDocument();
  });
});
