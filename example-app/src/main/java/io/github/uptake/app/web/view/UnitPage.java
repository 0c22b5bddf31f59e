package io.github.uptake.app.web.view;

import java.util.List;

/**
 * A unit's page on a day: the headline, the progress, the views of its history, the chart, the
 * map of the units below, the units below, the lagging units, the parents' own figures, who has not reported, the data-quality
 * findings, the reconciliation, the downloads and the upload form.
 *
 * @param layout  the frame, not null
 * @param name  the unit's name, not null
 * @param subtitle  the segment's label and the day, not null
 * @param headline  the headline, not null
 * @param progress  the change since the day before and the projection, not null
 * @param views  the switch between views of the history, null if the unit has one view only
 * @param chart  the chart, not null
 * @param map  the map of the units below, null for a unit without any
 * @param children  the units below, null for a unit without any
 * @param lagging  the lagging units, null for a leaf
 * @param own  the parents' own figures, null if none is current
 * @param missingTitle  the heading of the units that have not reported, with their number
 * @param missing  those units, "code name", up to 30, not null
 * @param findings  the data-quality findings within the unit, grouped by kind, not null
 * @param reconciliation  the comparisons with authoritative counts, sentences, not null
 * @param templateHref  the link to the unit's template, not null
 * @param reportHref  the link to the consolidated report, not null
 * @param writtenReportHref  the link to the written report (Word), not null
 * @param upload  the upload form, not null
 */
public record UnitPage(Layout layout, String name, String subtitle, Headline headline,
                       String progress, ViewSwitch views, Chart chart, UnitMap map,
                       ChildrenTable children, Lagging lagging, OwnFigures own,
                       String missingTitle, List<String> missing, List<FindingGroup> findings,
                       List<String> reconciliation, String templateHref, String reportHref,
                       String writtenReportHref, UploadForm upload) {
    /** Copies the lists. */
    public UnitPage {
        missing = List.copyOf(missing);
        findings = List.copyOf(findings);
        reconciliation = List.copyOf(reconciliation);
    }
}
