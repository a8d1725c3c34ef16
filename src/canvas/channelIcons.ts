// One icon per channel, so a touchpoint's channel reads at a glance without relying on colour.
import {
  CircleHelp, Globe, Mail, Megaphone, MessageCircle, Newspaper, Phone, Share2, Smartphone, Store, Truck, Users, type LucideIcon,
} from 'lucide-react';
import type { Channel } from '../model/schema';

export const CHANNEL_ICONS: Record<Channel, LucideIcon> = {
  web: Globe, app: Smartphone, store: Store, phone: Phone, email: Mail, chat: MessageCircle, social: Share2,
  ad: Megaphone, print: Newspaper, delivery: Truck, 'in-person': Users, other: CircleHelp,
};
