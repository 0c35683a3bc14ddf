// @intelliauth/react-auth-errors/delivery: webhook delivery statuses for admin consoles, an entry
// of its own so that an app's sign-in pages never carry it. Use it under the root entry's
// AuthErrorProvider (or none: English copy) like every component of the kit.
export { DeliveryStatus } from './DeliveryStatus';

export type { DeliveryStatusProps } from './DeliveryStatus';
