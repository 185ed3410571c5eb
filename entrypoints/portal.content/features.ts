// Registry of portal features: one import per feature file beside this one (kebab-case, id = file name).
// To add a feature: create `my-feature.tsx` exporting `default defineFeature({ id: 'my-feature', … })`,
// import it here, and list it in README.md (a unit test checks both).
import type { Feature } from './feature';
import reviewerMarks from './reviewer-marks';
import certificatePrint from './certificate-print';
import applicantInfo from './applicant-info';
import evidence from './evidence';
import fillYears from './fill-years';
import submitGuard from './submit-guard';
import yearChecks from './year-checks';
import nextStep from './next-step';

export const features: Feature[] = [reviewerMarks, certificatePrint, yearChecks, applicantInfo, fillYears, evidence, submitGuard, nextStep];
