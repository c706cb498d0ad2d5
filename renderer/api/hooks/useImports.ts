import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../shared/contract';
import type { ImportProfile } from '../../../shared/import/profile';
import { invoke } from '../client';

const KINDS_KEY = ['imports', 'kinds'] as const;
const PROFILES_KEY = ['imports', 'profiles'] as const;

/** Every kind's fields and natural keys; they change only with the app, so read once. */
export function useImportKinds() {
  return useQuery({
    queryKey: KINDS_KEY,
    queryFn: () => invoke('imports.kinds', {}),
    staleTime: Infinity,
    meta: { errorsShownInline: true },
  });
}

/** How an uploaded file reads: format, header, first rows and a suggested mapping per kind. */
export function useInspectFile(fileId: string | null) {
  return useQuery({
    queryKey: ['imports', 'inspect', fileId],
    queryFn: () => invoke('imports.inspect', { fileId: fileId! }),
    enabled: fileId !== null,
    staleTime: Infinity,
    meta: { errorsShownInline: true },
  });
}

/** The first rows as they will be stored under `profile`; kept on screen while a changed mapping is read again. */
export function useImportPreview(
  fileId: string | null,
  profile: ImportProfile | null,
  lookups?: Record<string, string>,
) {
  return useQuery({
    queryKey: ['imports', 'preview', fileId, profile, lookups],
    queryFn: () => invoke('imports.preview', { fileId: fileId!, profile: profile!, ...(lookups ? { lookups } : {}) }),
    enabled: fileId !== null && profile !== null,
    placeholderData: keepPreviousData,
    staleTime: 0,
    meta: { errorsShownInline: true },
  });
}

/** Starts the import job; its progress and ending arrive through `useJobEvents`. */
export function useStartImport() {
  return useMutation({
    mutationFn: (input: ChannelInput<'imports.start'>) => invoke('imports.start', input),
    meta: { errorsShownInline: true },
  });
}

/** Read again each time the mapping step opens: other managers and the command line save profiles too. */
export function useImportProfiles() {
  return useQuery({
    queryKey: PROFILES_KEY,
    queryFn: () => invoke('imports.profiles.list', {}),
    staleTime: 0,
    meta: { errorsShownInline: true },
  });
}

export function useSaveImportProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ChannelInput<'imports.profiles.save'>) => invoke('imports.profiles.save', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PROFILES_KEY }),
    meta: { errorsShownInline: true },
  });
}

export function useDeleteImportProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => invoke('imports.profiles.delete', { id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PROFILES_KEY }),
    meta: { errorsShownInline: true },
  });
}
