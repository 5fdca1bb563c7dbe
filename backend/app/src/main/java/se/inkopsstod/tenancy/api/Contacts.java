package se.inkopsstod.tenancy.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Names and e-mail addresses for telling people things (notifications). Blocking. */
public interface Contacts {

    /** Each of these people still in the directory, by person id; people removed are left out. */
    Map<String, Contact> contacts(Collection<String> personIds);

    /** Everyone who works for one of these vendor organisations. */
    List<Contact> vendorUsers(Collection<String> vendorOrganisationIds);
}
