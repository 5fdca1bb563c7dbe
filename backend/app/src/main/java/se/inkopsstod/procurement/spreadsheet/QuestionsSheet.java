package se.inkopsstod.procurement.spreadsheet;

import se.inkopsstod.procurement.qa.QuestionView;

import java.util.Comparator;
import java.util.List;

/**
 * The questions and answers as the buyer's team works on them, numbered in the order they were
 * asked: published ones and those still being answered. Never who asked, and never the asker's
 * original wording: the file is made to be passed on, and a question must not give its asker away.
 */
final class QuestionsSheet {

    private static final List<Workbooks.Column> COLUMNS = List.of(
            new Workbooks.Column("Nr", 6),
            new Workbooks.Column("Typ", 16),
            new Workbooks.Column("Fråga", 60),
            new Workbooks.Column("Svar", 60),
            new Workbooks.Column("Status", 18),
            new Workbooks.Column("Ställd", 17),
            new Workbooks.Column("Publicerad", 17));

    private QuestionsSheet() {
    }

    static byte[] write(List<QuestionView> questions) {
        Workbooks book = new Workbooks("Frågor och svar", COLUMNS);
        List<QuestionView> inOrder = questions.stream().sorted(Comparator.comparing(QuestionView::askedAt)
                .thenComparing(QuestionView::id)).toList();
        int number = 1;
        for (QuestionView question : inOrder) {
            book.row()
                    .whole(number++)
                    .text(question.kind() == QuestionView.Kind.CLARIFICATION ? "Förtydligande" : "Fråga")
                    .longText(question.question())
                    .longText(question.answer())
                    .text(status(question))
                    .dateTime(question.askedAt())
                    .dateTime(question.publishedAt());
        }
        return book.toBytes();
    }

    private static String status(QuestionView question) {
        if (question.publishedAt() != null) {
            return "Publicerad";
        }
        return question.answer() == null || question.answer().isBlank() ? "Obesvarad" : "Svar utkast";
    }
}
