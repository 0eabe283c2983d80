package dev.pgdl.core.engine;

import dev.pgdl.core.spi.ClosestName;
import dev.pgdl.core.spi.Message;
import dev.pgdl.core.spi.Rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Applies the {@code -- pgdl:ignore} comments of SQL files: a finding an ignore covers is marked
 * suppressed with the ignore's reason, and the ignores themselves are checked: naming no or an
 * unknown rule or a malformed date ({@code pgdl/invalid-ignore}), past their date
 * ({@code pgdl/expired-ignore}, and they no longer silence), without a reason when the
 * configuration requires one ({@code pgdl/ignore-without-reason}), or silencing nothing
 * ({@code pgdl/unused-ignore}).
 */
public final class Suppressions {

    private static final Rule UNUSED = new UnusedIgnoreRule();
    private static final Rule WITHOUT_REASON = new IgnoreWithoutReasonRule();
    private static final Rule EXPIRED = new ExpiredIgnoreRule();
    private static final Rule INVALID = new InvalidIgnoreRule();
    private static final int SORTED_ON_BOTH_CORES_FROM = 2_000;

    private final LintConfig config;
    private final List<String> knownRules;
    private final Supplier<LocalDate> today;

    /** @param today asked only when an ignore has a date: looking up the system's time zone costs a start milliseconds */
    public Suppressions(LintConfig config, List<String> knownRules, Supplier<LocalDate> today) {
        this.config = config;
        this.knownRules = List.copyOf(knownRules);
        this.today = today;
    }

    /** The findings, those an ignore covers marked suppressed, with the findings about the ignores, in report order. */
    public List<Finding> apply(List<Finding> findings, List<SourceComment> comments) {
        List<Finding> result = new ArrayList<>();
        List<IgnoreDirective> active = new ArrayList<>();
        for (SourceComment comment : comments) {
            IgnoreDirective.parse(comment).flatMap(directive -> check(directive, result)).ifPresent(active::add);
        }
        Set<Map.Entry<IgnoreDirective, String>> used = new HashSet<>();
        if (active.isEmpty()) {
            result.addAll(findings);
        } else {
            for (Finding finding : findings) {
                Optional<IgnoreDirective> cover = cover(finding, active);
                cover.ifPresent(directive -> used.add(Map.entry(directive, finding.rule())));
                result.add(cover.map(directive -> finding.suppressedBecause(directive.reason())).orElse(finding));
            }
        }
        for (IgnoreDirective directive : active) {
            directive.rules().stream().filter(rule -> !used.contains(Map.entry(directive, rule)))
                    .forEach(rule -> report(UNUSED, directive, UnusedIgnoreRule.UNUSED, result, rule));
        }
        return inReportOrder(result);
    }

    /**
     * The findings sorted by {@link Finding#ORDER}. The sort of a long list is a good part of a
     * check's tail, when the other core is idle: each core sorts a half, and the last sort merges them.
     */
    private static List<Finding> inReportOrder(List<Finding> findings) {
        Finding[] sorted = findings.toArray(Finding[]::new);
        if (sorted.length >= SORTED_ON_BOTH_CORES_FROM) {
            int half = sorted.length / 2;
            CompletableFuture<Void> laterHalf = CompletableFuture.runAsync(
                    () -> Arrays.sort(sorted, half, sorted.length, Finding.ORDER));
            Arrays.sort(sorted, 0, half, Finding.ORDER);
            laterHalf.join();
        }
        Arrays.sort(sorted, Finding.ORDER);
        return Arrays.asList(sorted);
    }

    private static Optional<IgnoreDirective> cover(Finding finding, List<IgnoreDirective> active) {
        for (IgnoreDirective directive : active) {
            if (directive.covers(finding.rule(), finding.location())) {
                return Optional.of(directive);
            }
        }
        return Optional.empty();
    }

    /** The directive as it silences (its known rules), or empty when it silences nothing; problems go to {@code out}. */
    private Optional<IgnoreDirective> check(IgnoreDirective directive, List<Finding> out) {
        if (directive.rules().isEmpty()) {
            report(INVALID, directive, InvalidIgnoreRule.NO_RULE, out);
            return Optional.empty();
        }
        for (String rule : directive.rules()) {
            if (!knownRules.contains(rule)) {
                ClosestName.closest(rule, knownRules).ifPresentOrElse(
                        closest -> report(INVALID, directive, InvalidIgnoreRule.UNKNOWN_RULE_CLOSE, out, rule, closest),
                        () -> report(INVALID, directive, InvalidIgnoreRule.UNKNOWN_RULE, out, rule));
            }
        }
        List<String> known = directive.rules().stream().filter(knownRules::contains).toList();
        if (!directive.until().isEmpty()) {
            Optional<LocalDate> expiry = directive.expiry();
            if (expiry.isEmpty()) {
                report(INVALID, directive, InvalidIgnoreRule.BAD_DATE, out, directive.until());
                return Optional.empty();
            }
            if (expiry.get().isBefore(today.get())) {
                known.forEach(rule -> report(EXPIRED, directive, ExpiredIgnoreRule.EXPIRED, out, rule, directive.until()));
                return Optional.empty();
            }
        }
        if (directive.reason().isEmpty() && config.requireIgnoreReason()) {
            report(WITHOUT_REASON, directive, IgnoreWithoutReasonRule.MISSING, out, String.join(", ", known));
        }
        return known.isEmpty() ? Optional.empty() : Optional.of(directive.withRules(known));
    }

    private void report(Rule rule, IgnoreDirective directive, Message message, List<Finding> out, Object... arguments) {
        Diagnostics.of(rule, config, "", directive.comment().location(), message, arguments).ifPresent(out::add);
    }
}
