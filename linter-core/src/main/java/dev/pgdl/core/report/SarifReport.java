package dev.pgdl.core.report;

import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.LogicalLocation;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.pgdl.core.engine.Finding;
import dev.pgdl.core.engine.RuleTexts;
import dev.pgdl.core.spi.Rule;
import dev.pgdl.core.spi.RuleMeta;
import dev.pgdl.core.spi.Severity;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SARIF 2.1.0 as GitHub code scanning reads it: the tool driver lists every rule (id, name,
 * short and full description, help with the guideline section, default level, tags), each result
 * has its rule, level, message, a physical location with 1-based line and column (or, for an
 * audit, a logical location naming the object) and a partial fingerprint that ignores positions.
 * A suppressed finding, listed only when asked for, carries an in-source suppression with its reason.
 */
public final class SarifReport implements ReportWriter {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String FINGERPRINT = "pgdl/v1";

    /**
     * The generated model leaves out values equal to SARIF's defaults, such as level warning; pgdl
     * writes every level (and leaves out the rank it does not compute).
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    private interface ExplicitDefaults {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .addMixIn(Result.class, ExplicitDefaults.class)
            .addMixIn(ReportingConfiguration.class, ExplicitDefaults.class)
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final ReportContext context;
    private final RuleDocumentation documentation;

    public SarifReport(ReportContext context) {
        this.context = context;
        this.documentation = new RuleDocumentation(context.language());
    }

    @Override
    public void write(List<Finding> findings, Summary summary, Writer out) throws IOException {
        Map<String, Integer> ruleIndex = new HashMap<>();
        List<ReportingDescriptor> rules = new ArrayList<>();
        for (Rule rule : context.rules()) {
            ruleIndex.put(rule.meta().id(), rules.size());
            rules.add(descriptor(rule));
        }
        List<Result> results = new ArrayList<>();
        for (Finding finding : findings) {
            results.add(result(finding, ruleIndex));
        }
        ToolComponent driver = new ToolComponent().withName("pgdl").withRules(new LinkedHashSet<>(rules));
        SarifSchema210 log = new SarifSchema210().with$schema(URI.create(SCHEMA))
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(new Run().withTool(new Tool().withDriver(driver)).withResults(results)
                        .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS)));
        JSON.writeValue(out, log);
        out.write("\n");
    }

    private ReportingDescriptor descriptor(Rule rule) {
        RuleMeta meta = rule.meta();
        String summary = RuleTexts.of(rule, context.language()).require(meta.summaryKey());
        Set<String> tags = new LinkedHashSet<>(List.of(meta.category(), meta.guideline()));
        return new ReportingDescriptor().withId(meta.id()).withName(meta.id())
                .withShortDescription(new MultiformatMessageString().withText(summary))
                .withFullDescription(new MultiformatMessageString().withText(documentation.overview(rule)))
                .withHelp(new MultiformatMessageString()
                        .withText(summary + "\nGuideline: " + meta.guideline() + "\nFull documentation: pgdl explain "
                                + meta.id())
                        .withMarkdown(documentation.page(rule)))
                .withDefaultConfiguration(new ReportingConfiguration().withRank(null)
                        .withLevel(ReportingConfiguration.Level.fromValue(level(meta.defaultSeverity()))))
                .withProperties(new PropertyBag().withTags(tags));
    }

    private Result result(Finding finding, Map<String, Integer> ruleIndex) {
        PartialFingerprints fingerprints = new PartialFingerprints();
        fingerprints.setAdditionalProperty(FINGERPRINT, finding.fingerprint());
        Result result = new Result().withRuleId(finding.rule()).withRank(null)
                .withLevel(Result.Level.fromValue(level(finding.severity())))
                .withMessage(new Message().withText(finding.message(context.language())))
                .withLocations(List.of(location(finding)))
                .withPartialFingerprints(fingerprints);
        Integer index = ruleIndex.get(finding.rule());
        if (index != null) {
            result.setRuleIndex(index);
        }
        finding.suppression().ifPresent(reason -> result.setSuppressions(new LinkedHashSet<>(List.of(
                new Suppression().withKind(Suppression.Kind.IN_SOURCE).withJustification(reason)))));
        return result;
    }

    private static Location location(Finding finding) {
        Location location = new Location();
        if (finding.location().isKnown()) {
            location.setPhysicalLocation(new PhysicalLocation()
                    .withArtifactLocation(new ArtifactLocation().withUri(finding.location().file()))
                    .withRegion(new Region().withStartLine(finding.location().line())
                            .withStartColumn(finding.location().column())));
        }
        if (!finding.object().isEmpty()) {
            location.setLogicalLocations(new LinkedHashSet<>(List.of(
                    new LogicalLocation().withFullyQualifiedName(finding.object()))));
        }
        return location;
    }

    /** SARIF's levels: {@code error}, {@code warning}, {@code note}, {@code none}. */
    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
            case OFF -> "none";
        };
    }
}
