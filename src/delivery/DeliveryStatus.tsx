'use client';

import { forwardRef, type ComponentPropsWithoutRef } from 'react';
import { resolveOutcome } from '../core/resolveOutcome';
import { safeHref } from '../core/safeHref';
import { themeToStyle } from '../theme/themeToStyle';
import { useKit } from '../hooks/KitContext';
import { slotClass } from '../components/slots';

/** Where the platform's troubleshooting topics live, unless `topicBaseUrl` says otherwise. */
const DEFAULT_TOPIC_BASE_URL = 'https://docs.intelliauth.com/troubleshooting/';

/** Props of {@link DeliveryStatus}: a `<div>`'s props, plus the delivery code. */
export interface DeliveryStatusProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** A webhook delivery code from the subscription's delivery feed (`receiver_timeout`…). */
  code: string;
  /** Base URL of the troubleshooting topics. @defaultValue the provider's `topicBaseUrl`, else the platform docs */
  topicBaseUrl?: string;
}

/**
 * A webhook delivery status for admin consoles: what the code means, and a link to the
 * webhook-delivery-failures troubleshooting topic. Codes that are not delivery codes show generic copy.
 *
 * @example
 * {deliveries.map((d) => <DeliveryStatus key={d.id} code={d.error_code} />)}
 */
export const DeliveryStatus = forwardRef<HTMLDivElement, DeliveryStatusProps>(function DeliveryStatus(
  { code, topicBaseUrl, className, style, ...rest },
  ref,
) {
  const { translator, options } = useKit();
  const { t } = translator;
  // The catalogue's delivery outcome: its copy (receiver_timeout's counted) and its topic.
  const outcome = resolveOutcome({ code });
  const delivery = outcome.kind === 'delivery';
  const base = safeHref(topicBaseUrl ?? options.topicBaseUrl ?? DEFAULT_TOPIC_BASE_URL);
  const href = outcome.kind === 'delivery' && base ? `${base.replace(/\/?$/, '/')}${outcome.topic}` : undefined;
  return (
    <div
      {...rest}
      ref={ref}
      className={slotClass(options, 'root', options.className, className)}
      data-auth-error-code={code}
      data-auth-error-outcome={delivery ? 'delivery' : 'generic'}
      data-color-scheme={options.colorScheme ?? 'light'}
      lang={translator.lng}
      dir={translator.dir}
      style={{ ...themeToStyle(options.theme), ...style }}
    >
      <p className={slotClass(options, 'title')}>{t('delivery.title')}</p>
      <p className={slotClass(options, 'message')}>{delivery ? t(`delivery.${code}`, outcome.messageValues) : t('generic')}</p>
      {href && (
        <a className={slotClass(options, 'link')} href={href}>
          {t('actions.troubleshoot')}
        </a>
      )}
    </div>
  );
});
