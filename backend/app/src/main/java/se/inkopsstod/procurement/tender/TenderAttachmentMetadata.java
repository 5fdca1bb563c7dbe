package se.inkopsstod.procurement.tender;

/**
 * What a tender attachment's name and sniffed type say: a name like "Prisbilaga Edulab rabatt 40%.pdf"
 * tells content, so this is only ever held in memory and stored as {@link SealedContent}.
 */
public record TenderAttachmentMetadata(String fileName, String contentType) {
}
