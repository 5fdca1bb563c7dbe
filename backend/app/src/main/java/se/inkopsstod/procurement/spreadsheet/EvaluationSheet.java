package se.inkopsstod.procurement.spreadsheet;

import se.inkopsstod.procurement.evaluation.EvaluationView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The evaluation of the opened tenders, best first: each tender's price, the team's average score of
 * every evaluated requirement (K2, K3 …), the quality, the deduction and the evaluation price the
 * ranking rests on, and why a tender is out.
 */
final class EvaluationSheet {

    private EvaluationSheet() {
    }

    /** @param numbers the procurement's requirement numbers by id, to name the mandatory requirements a tender fails */
    static byte[] write(EvaluationView evaluation, Map<String, Integer> numbers) {
        TreeSet<Integer> scored = new TreeSet<>();
        evaluation.rows().forEach(row -> row.scores().forEach(score -> scored.add(score.number())));
        List<Workbooks.Column> columns = new ArrayList<>(List.of(
                new Workbooks.Column("Rang", 6),
                new Workbooks.Column("Leverantör", 32),
                new Workbooks.Column("Pris", 16)));
        scored.forEach(number -> columns.add(new Workbooks.Column("K" + number + " (poäng 0–5)", 14)));
        columns.addAll(List.of(
                new Workbooks.Column("Kvalitet (%)", 12),
                new Workbooks.Column("Avdrag", 16),
                new Workbooks.Column("Utvärderingspris", 18),
                new Workbooks.Column("Uppfyller inte ska-krav", 22),
                new Workbooks.Column("Diskvalificerad", 15),
                new Workbooks.Column("Skäl", 40)));
        Workbooks book = new Workbooks("Utvärdering", columns);
        List<EvaluationView.Row> ranked = evaluation.rows().stream()
                .sorted(Comparator.comparing(EvaluationView.Row::rank, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(EvaluationView.Row::vendorName))
                .toList();
        for (EvaluationView.Row row : ranked) {
            Workbooks.Cells cells = book.row().whole(row.rank()).text(row.vendorName()).currency(row.priceSek());
            for (Integer number : scored) {
                cells.decimal(row.scores().stream().filter(s -> s.number() == number).findFirst()
                        .map(EvaluationView.Score::average).orElse(null));
            }
            cells.decimal(row.quality())
                    .currency(row.deductionSek())
                    .currency(row.evaluationPriceSek())
                    .text(String.join(", ", row.failsMandatory().stream().map(numbers::get).filter(Objects::nonNull)
                            .sorted().map(n -> "K" + n).toList()))
                    .text(row.disqualified() ? "Ja" : "Nej")
                    .longText(row.disqualificationReason());
        }
        return book.toBytes();
    }
}
