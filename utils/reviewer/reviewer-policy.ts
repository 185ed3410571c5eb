// The reviewer's chosen rule set (the panel's reviewer-policy select), remembered in storage.local: a known rule-set
// id, else the one default (utils/default-policy.ts).
import { z } from 'zod';
import { listPolicies } from '../../rules/index';
import { defaultPolicy } from '../default-policy';
import { typedItem } from '../storage-items';

const KnownPolicyId = z.string().refine((id) => listPolicies().some((p) => p.id === id), '未知的规则');

export const reviewerPolicyItem = typedItem('xskr:reviewer-policy', KnownPolicyId, { fallback: () => defaultPolicy().policyId });
