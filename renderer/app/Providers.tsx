import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { createQueryClient } from '../api/query-client';
import notificationClasses from './notifications.module.css';
import { handleRequestError } from './request-errors';
import { theme } from './theme';

const colorSchemeManager = localStorageColorSchemeManager({ key: 'backroom.color-scheme' });

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(() => {
    const client = createQueryClient((error, shownInline) => handleRequestError(client, error, shownInline));
    return client;
  });
  return (
    <MantineProvider theme={theme} colorSchemeManager={colorSchemeManager} defaultColorScheme="auto">
      {/* Top right, below the header: clear of the forms' action bars and their buttons at the bottom. */}
      <Notifications position="top-right" classNames={notificationClasses} />
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
