/**
 * Attachments: files on a procurement, one of its requirements or a question's answer. The bytes go
 * to the platform's blob store, streamed through a temporary file while their SHA-256 is computed;
 * the type is sniffed from the bytes (Apache Tika) and must be on an allow-list, whatever the upload
 * said. Each attachment is an {@code Attachment} aggregate whose {@code AttachmentAddedEvent} carries
 * the size and SHA-256, so the record proves which file was seen. The team reads every attachment;
 * invited vendors read those of what was published to them (the procurement and its published
 * requirements once the tender is published, an answer once it is published). The receiving,
 * sniffing and download helpers are public for {@code procurement.tender}, which seals a vendor's
 * files with its tender.
 */
package se.inkopsstod.procurement.attachment;
