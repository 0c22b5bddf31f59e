package io.github.uptake.app.demo;

import io.github.uptake.history.Crosswalk;
import io.github.uptake.model.Denominator;
import io.github.uptake.model.HierarchyVersion;
import io.github.uptake.model.Submission;
import io.github.uptake.model.TargetRules;
import io.github.uptake.quality.PublishedRate;
import io.github.uptake.reconciliation.AuthoritativeCount;
import java.util.List;

/**
 * Everything the Long An demo loads: the territorial and sectoral trees, denominators, target rules,
 * a month of daily submissions (and a correction), an authoritative count and a published rate.
 *
 * @param territorial  the province, its 15 districts and 188 communes of 15/8/2020
 * @param sectoral  the organisations of the dispatch under the province
 * @param denominators  census populations, the province's declared figure, illustrative headcounts
 * @param rules  the target rules of the dispatch
 * @param submissions  the daily submissions, oldest first, then the correction
 * @param authoritative  the app operator's count (illustrative)
 * @param published  published rates to recompute
 * @param later  the later territorial versions: Long An from 1/12/2024, Tây Ninh from 1/7/2025
 * @param crosswalks  the crosswalks from each territorial version to the next
 */
public record DemoData(HierarchyVersion territorial, HierarchyVersion sectoral,
                       List<Denominator> denominators, TargetRules rules,
                       List<Submission> submissions, List<AuthoritativeCount> authoritative,
                       List<PublishedRate> published, List<HierarchyVersion> later,
                       List<Crosswalk> crosswalks) {
}
