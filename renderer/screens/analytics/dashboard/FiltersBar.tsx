import { Group, MultiSelect, SegmentedControl, Select } from '@mantine/core';
import { ANALYTICS_GRAINS, type AnalyticsGrain } from '../../../../shared/contract/analytics';
import { DayInput } from './DayInput';
import { isRangePreset, RANGE_PRESETS } from './presets';
import { useFilterChoices } from './useFilterChoices';
import { presetPatch, type ViewEditorProps } from './view';

const CHOSEN_DAYS = 'chosen';

const GRAIN_LABELS: Record<AnalyticsGrain, string> = {
  day: 'Day',
  week: 'Week',
  month: 'Month',
  quarter: 'Quarter',
  year: 'Year',
};

/** The filters every chart follows; each change is a new entry in the address (Back undoes it). */
export function FiltersBar({ view, onChange }: ViewEditorProps) {
  const { stores, categories, brands } = useFilterChoices();

  const choosePreset = (value: string | null) => {
    if (isRangePreset(value)) onChange(presetPatch(value));
    else onChange({ preset: null });
  };
  /** One end of the range; the other stays where it is, even when a preset chose it. */
  const chooseDay = (end: 'fromDay' | 'toDay', day: string) => onChange({ preset: null, [end]: day });

  return (
    <Group gap="sm" align="flex-end" role="search" aria-label="Dashboard filters">
      <Select
        label="Period"
        w={160}
        allowDeselect={false}
        value={view.preset ?? CHOSEN_DAYS}
        onChange={choosePreset}
        data={[...RANGE_PRESETS, { value: CHOSEN_DAYS, label: 'Chosen days' }]}
      />
      <DayInput label="From" value={view.fromDay} onDay={(day) => chooseDay('fromDay', day)} />
      <DayInput label="To" value={view.toDay} onDay={(day) => chooseDay('toDay', day)} />
      <MultiSelect
        label="Stores"
        miw={200}
        maw={360}
        clearable
        placeholder={view.storeIds.length === 0 ? 'All stores' : undefined}
        value={view.storeIds.map(String)}
        onChange={(values) => onChange({ storeIds: values.map(Number) })}
        data={(stores.data ?? []).map((store) => ({ value: String(store.id), label: store.name }))}
      />
      <Select
        label="Category"
        w={200}
        clearable
        searchable
        placeholder="All categories"
        value={view.categoryId === null ? null : String(view.categoryId)}
        onChange={(value) => onChange({ categoryId: value === null ? null : Number(value) })}
        data={(categories.data ?? []).map((category) => ({ value: String(category.id), label: category.path }))}
      />
      <Select
        label="Brand"
        w={180}
        clearable
        searchable
        placeholder="All brands"
        value={view.brandId === null ? null : String(view.brandId)}
        onChange={(value) => onChange({ brandId: value === null ? null : Number(value) })}
        data={(brands.data ?? []).map((brand) => ({ value: String(brand.id), label: brand.name }))}
      />
      <SegmentedControl
        aria-label="Group the time series by"
        value={view.grain}
        onChange={(value) => onChange({ grain: value as AnalyticsGrain, grainChosen: true })}
        data={ANALYTICS_GRAINS.map((grain) => ({ value: grain, label: GRAIN_LABELS[grain] }))}
      />
    </Group>
  );
}
