import { deliveryClient } from '../../data/delivery/client';
import { DELIVERY_LAYOUT } from '../../data/delivery/layout';

/**
 * The app's one client of the delivered corpus, for the data folder beside
 * index.html (relative, so the site works under any sub-path).
 */
export const delivery = deliveryClient(
  new URL(`${import.meta.env.BASE_URL}${DELIVERY_LAYOUT.fromApp}`, window.location.href).href,
);
