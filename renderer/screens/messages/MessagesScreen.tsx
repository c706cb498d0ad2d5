import { MessagesIcon } from '../../components/icons';
import { PlaceholderScreen } from '../../components/PlaceholderScreen';

export function MessagesScreen() {
  return (
    <PlaceholderScreen
      title="Messages"
      icon={<MessagesIcon size={28} />}
      description="Conversations between staff, stores and head office open here."
    />
  );
}
