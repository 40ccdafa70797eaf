import AssignmentBuilder from '@/app/_components/assign/builder/AssignmentBuilder';
import ClassCreate from '@/app/_components/classes/ClassCreate';
import type { IslandsOf } from '../pages';
import { HEADER_ISLANDS } from './header';

export default { ...HEADER_ISLANDS, AssignmentBuilder, ClassCreate } satisfies IslandsOf<'teach'>;
