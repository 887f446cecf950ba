package org.backstep.trace;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.backstep.engine.Numbers;
import org.backstep.engine.Quantities;
import org.backstep.engine.Working;
import org.backstep.engine.WorkingText;

/**
 * Writes an event log for people and programs: JSON Lines (one object per event), CSV, or an
 * aligned text table (numbers rounded for reading; the other two keep every bit). Each event carries the values of the operands it read and its equation
 * written out with those numbers, taken from the state replayed so far, never recomputed.
 */
public final class TraceWriter {
    /** Output formats. */
    public enum Format { JSONL, CSV, TABLE }

    private TraceWriter() {
    }

    public static void write(EventLog log, Format format, OutputStream out) throws IOException {
        switch (format) {
            case JSONL -> writeJsonLines(log, out);
            case CSV -> writeDelimited(log, out, true);
            case TABLE -> writeDelimited(log, out, false);
        }
    }

    private static void writeJsonLines(EventLog log, OutputStream out) throws IOException {
        Quantities q = log.quantities();
        double[] state = log.initialValues();
        JsonFactory factory = new JsonFactory();
        factory.setRootValueSeparator("\n");
        try (JsonGenerator json = factory.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            for (int seq = 0; seq < log.size(); seq++) {
                Event e = log.event(seq);
                json.writeStartObject();
                json.writeNumberField("seq", e.seq());
                json.writeNumberField("step", e.step());
                json.writeNumberField("epoch", e.epoch());
                if (e.sample() >= 0) {
                    json.writeNumberField("sample", e.sample());
                } else {
                    json.writeNullField("sample");
                }
                json.writeStringField("phase", e.phase().fileName());
                json.writeStringField("quantity", e.quantity());
                json.writeNumberField("value", e.value());
                json.writeStringField("equation", e.equation());
                Working working = log.working(seq, slot -> state[slot]);
                json.writeObjectFieldStart("operands");
                for (Working.Read operand : working.reads()) {
                    json.writeNumberField(q.name(operand.slot()), operand.value());
                }
                json.writeEndObject();
                json.writeStringField("expression", expression(log, e, working));
                json.writeEndObject();
                state[e.slot()] = e.value();
            }
            if (log.isTruncated()) {
                json.writeStartObject();
                json.writeBooleanField("truncated", true);
                json.writeNumberField("cap", log.cap());
                json.writeStringField("message", truncationMessage(log));
                json.writeEndObject();
            }
            json.writeRaw('\n');
        }
    }

    private static void writeDelimited(EventLog log, OutputStream out, boolean csv) throws IOException {
        double[] state = log.initialValues();
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        String header = csv ? "seq,step,epoch,sample,phase,quantity,value,equation,expression"
                : String.format(Locale.ROOT, "%6s %5s %5s %6s  %-8s  %-16s %11s  %s", "seq", "step", "epoch", "sample", "phase",
                "quantity", "value", "expression");
        w.write(header);
        w.write('\n');
        for (int seq = 0; seq < log.size(); seq++) {
            Event e = log.event(seq);
            String sample = e.sample() >= 0 ? Integer.toString(e.sample()) : (csv ? "" : "all");
            String expression = expression(log, e, log.working(seq, slot -> state[slot]));
            if (csv) {
                w.write(e.seq() + "," + e.step() + "," + e.epoch() + "," + sample + "," + e.phase().fileName() + ","
                        + quote(e.quantity()) + "," + e.value() + "," + e.equation() + "," + quote(expression));
            } else {
                // The table is read by people: six significant digits as the window shows them, and no
                // "-0.0". JSON Lines and CSV keep every bit, for programs.
                w.write(String.format(Locale.ROOT, "%6d %5d %5d %6s  %-8s  %-16s %11s  %s", e.seq(), e.step(), e.epoch(), sample,
                        e.phase().fileName(), e.quantity(), Numbers.format(e.value()), expression));
            }
            w.write('\n');
            state[e.slot()] = e.value();
        }
        if (log.isTruncated() && !csv) {
            w.write("-- " + truncationMessage(log) + '\n');
        }
        w.flush();
    }

    private static String expression(EventLog log, Event e, Working working) {
        return WorkingText.line(e.quantity(), working, e.value(), log.quantities().assigns(e.slot()));
    }

    /** What a user is told when a recording stopped at its cap. */
    public static String truncationMessage(EventLog log) {
        return "the recording stopped at its cap of " + log.cap() + " events; later operations were not recorded";
    }

    private static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
