/** The sample photos in their fixed order (the order seeds each photo's generator). */
import type { Scene } from '../draw.ts';
import { readingRoom } from './reading-room.ts';
import { gym } from './gym.ts';
import { meetingRoom } from './meeting-room.ts';
import { canteen } from './canteen.ts';
import { counselling } from './counselling.ts';
import { courierStation } from './courier-station.ts';
import { factory } from './factory.ts';
import { lectureHall } from './lecture-hall.ts';
import { garden } from './garden.ts';
import { clinic } from './clinic.ts';
import { childcare } from './childcare.ts';
import { libraryCorner } from './library-corner.ts';
import { stage } from './stage.ts';
import { trainingRoom } from './training-room.ts';
import { serviceDesk } from './service-desk.ts';
import { exhibition } from './exhibition.ts';

export const SCENES: Readonly<Record<string, Scene>> = {
  'reading-room': readingRoom,
  gym: gym,
  'meeting-room': meetingRoom,
  canteen: canteen,
  counselling: counselling,
  'courier-station': courierStation,
  factory: factory,
  'lecture-hall': lectureHall,
  garden: garden,
  clinic: clinic,
  childcare: childcare,
  'library-corner': libraryCorner,
  stage: stage,
  'training-room': trainingRoom,
  'service-desk': serviceDesk,
  exhibition: exhibition,
};
