package dev.pgdl.cli;

import dev.pgdl.core.api.ReportFormat;
import dev.pgdl.core.api.ReportTarget;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code --format sarif=target/pgdl.sarif} or {@code --format text}: a format and, optionally, its file. */
final class ReportTargetConverter implements ITypeConverter<ReportTarget> {

    static final String FORMATS = Arrays.stream(ReportFormat.values()).map(ReportFormat::id)
            .collect(Collectors.joining(", "));

    @Override
    public ReportTarget convert(String value) {
        int equals = value.indexOf('=');
        String name = (equals < 0 ? value : value.substring(0, equals)).strip().toLowerCase(Locale.ROOT);
        ReportFormat format = Arrays.stream(ReportFormat.values()).filter(f -> f.id().equals(name)).findFirst()
                .orElseThrow(() -> new TypeConversionException("'" + name + "' is not a report format; expected one of "
                        + FORMATS));
        if (equals >= 0 && value.substring(equals + 1).isBlank()) {
            throw new TypeConversionException("'" + value + "' names no file after '='");
        }
        return new ReportTarget(format, equals < 0 ? Optional.empty() : Optional.of(Path.of(value.substring(equals + 1))));
    }
}
