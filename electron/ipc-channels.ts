/**
 * The two Electron IPC channels between the preload and the main process. Every operation goes
 * through the invoke channel with its Backroom channel name as the first argument, so the preload
 * never needs to know the contract.
 */
export const INVOKE_CHANNEL = 'backroom:invoke';
export const EVENT_CHANNEL = 'backroom:event';
