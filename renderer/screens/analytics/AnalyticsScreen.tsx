import { AnalyticsIcon } from '../../components/icons';
import { PlaceholderScreen } from '../../components/PlaceholderScreen';

export function AnalyticsScreen() {
  return (
    <PlaceholderScreen
      title="Analytics"
      icon={<AnalyticsIcon size={28} />}
      description="Sales and stock charts by day, month, category and store open here."
    />
  );
}
