import { Alert, Button, Group, PasswordInput, Stack, Switch, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import type { OffsiteView } from '../../../shared/contract';
import { useSaveOffsite, useTestOffsite } from '../../api/hooks/useOffsiteBackups';
import { ErrorAlert } from '../../components/ErrorAlert';

/**
 * The bucket's endpoint, region, name, prefix and access key. The secret is typed, sent once and
 * never shown again: the screen only learns whether one is at hand.
 */
export function OffsiteSettingsForm({ saved }: { saved: OffsiteView }) {
  const save = useSaveOffsite();
  const test = useTestOffsite();
  const [endpoint, setEndpoint] = useState(saved.settings?.endpoint ?? '');
  const [region, setRegion] = useState(saved.settings?.region ?? 'us-east-1');
  const [bucket, setBucket] = useState(saved.settings?.bucket ?? '');
  const [prefix, setPrefix] = useState(saved.settings?.prefix ?? '');
  const [accessKeyId, setAccessKeyId] = useState(saved.settings?.accessKeyId ?? '');
  const [secret, setSecret] = useState('');
  const [pathStyle, setPathStyle] = useState(saved.settings?.pathStyle ?? true);

  const typed = () => ({
    endpoint: endpoint.trim(),
    region: region.trim(),
    bucket: bucket.trim(),
    prefix: prefix.trim(),
    accessKeyId: accessKeyId.trim(),
    pathStyle,
    ...(secret === '' ? {} : { secretAccessKey: secret }),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(typed(), {
      onSuccess: () => {
        setSecret('');
        notifications.show({ message: 'S3 settings saved.' });
      },
    });
  }

  return (
    <form onSubmit={submit} aria-label="S3 settings">
      <Stack gap="sm">
        <Group grow>
          <TextInput
            label="Endpoint URL"
            placeholder="https://s3.eu-west-1.amazonaws.com"
            value={endpoint}
            onChange={(event) => setEndpoint(event.currentTarget.value)}
            required
          />
          <TextInput
            label="Region"
            value={region}
            onChange={(event) => setRegion(event.currentTarget.value)}
            required
          />
        </Group>
        <Group grow>
          <TextInput
            label="Bucket"
            value={bucket}
            onChange={(event) => setBucket(event.currentTarget.value)}
            required
          />
          <TextInput
            label="Prefix"
            description="A folder in the bucket for this store, e.g. stores/corner"
            value={prefix}
            onChange={(event) => setPrefix(event.currentTarget.value)}
          />
        </Group>
        <Group grow>
          <TextInput
            label="Access key ID"
            value={accessKeyId}
            onChange={(event) => setAccessKeyId(event.currentTarget.value)}
            required
          />
          <PasswordInput
            label={saved.secretSet ? 'New secret access key (leave empty to keep)' : 'Secret access key'}
            value={secret}
            onChange={(event) => setSecret(event.currentTarget.value)}
            autoComplete="new-password"
          />
        </Group>
        <Switch
          label="Path-style addresses (MinIO and most self-hosted servers)"
          checked={pathStyle}
          onChange={(event) => setPathStyle(event.currentTarget.checked)}
        />
        {test.data && (
          <Alert color={test.data.ok ? 'teal' : 'red'} title={test.data.ok ? 'Connected' : 'Cannot use this bucket'}>
            {test.data.message}
          </Alert>
        )}
        {test.isError && <ErrorAlert error={test.error} />}
        {save.isError && <ErrorAlert error={save.error} />}
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save S3 settings
          </Button>
          <Button variant="default" loading={test.isPending} onClick={() => test.mutate(typed())}>
            Test connection
          </Button>
          {saved.source === 'saved' && (
            <Button
              variant="subtle"
              color="red"
              onClick={() =>
                save.mutate(null, { onSuccess: () => notifications.show({ message: 'S3 copies stopped.' }) })
              }
            >
              Stop sending to S3
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
