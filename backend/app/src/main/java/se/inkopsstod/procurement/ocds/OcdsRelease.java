package se.inkopsstod.procurement.ocds;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * One OCDS 1.1 release: everything known of the contracting process at the moment of the export.
 * The nested records are the standard's building blocks, with only the fields this export fills.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record OcdsRelease(String ocid, String id, String date, List<String> tag, String initiationType, String language,
                   List<Party> parties, OrganizationReference buyer, Planning planning, Tender tender, List<Award> awards,
                   List<Contract> contracts) {

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Party(String id, String name, Identifier identifier, List<String> roles) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Identifier(String scheme, String id, String legalName) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record OrganizationReference(String id, String name) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Planning(String rationale, Budget budget) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Budget(String description, Value amount) {
    }

    /** An amount in whole kronor (the app keeps none smaller). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Value(long amount, String currency) {

        static Value sek(long amount) {
            return new Value(amount, "SEK");
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Period(String startDate, String endDate) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Tender(String id, String title, String description, String status, OrganizationReference procuringEntity,
                  List<Item> items, String procurementMethod, String procurementMethodDetails, String awardCriteria,
                  String awardCriteriaDetails, List<String> submissionMethod, Period tenderPeriod, Period enquiryPeriod,
                  Boolean hasEnquiries, Integer numberOfTenderers, List<OrganizationReference> tenderers,
                  List<Amendment> amendments, List<Enquiry> enquiries) {
    }

    /** A requirement of the tender, by its number in the procurement (K1, K2 …). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Item(String id, String description, Classification classification, List<Classification> additionalClassifications) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Classification(String scheme, String id, String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Amendment(String id, String date, String rationale, String description) {
    }

    /** A published question and answer (the Enquiries extension), deliberately without its {@code author}. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Enquiry(String id, String description, String answer, String dateAnswered, String relatedItem) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Award(String id, String status, String date, Value value, List<OrganizationReference> suppliers) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Contract(String id, String awardID, String status, String dateSigned, Value value) {
    }
}
