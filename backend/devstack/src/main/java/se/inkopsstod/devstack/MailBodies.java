package se.inkopsstod.devstack;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The first text/plain and the first text/html body of a mail, found through any nesting of
 * multiparts (alternative inside mixed inside related). Jakarta Mail undoes the transfer
 * encoding (quoted-printable, base64) and the part's charset; attachments are skipped.
 */
record MailBodies(String text, String html) {

    static MailBodies of(Part message) {
        Finder finder = new Finder();
        try {
            finder.visit(message);
        } catch (MessagingException | IOException e) {
            // a broken mail is still worth showing: keep what was decoded so far
            if (finder.text == null) {
                finder.text = "(could not decode the mail: " + e + ")";
            }
        }
        return new MailBodies(finder.text, finder.html);
    }

    private static final class Finder {
        private String text;
        private String html;

        void visit(Part part) throws MessagingException, IOException {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                return;
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    visit(child);
                }
            } else if (part.isMimeType("text/plain") && text == null) {
                text = content(part);
            } else if (part.isMimeType("text/html") && html == null) {
                html = content(part);
            }
        }

        /** The decoded body, with the wire's CRLF line ends made plain newlines. */
        private static String content(Part part) throws MessagingException, IOException {
            return decoded(part).replace("\r\n", "\n");
        }

        private static String decoded(Part part) throws MessagingException, IOException {
            try {
                return part.getContent().toString();
            } catch (IOException unknownCharset) {
                // a charset the JVM does not know: UTF-8 shows most of it right
                try (InputStream in = part.getInputStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
    }
}
