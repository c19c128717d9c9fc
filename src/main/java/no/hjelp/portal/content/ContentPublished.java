package no.hjelp.portal.content;

import java.util.List;

/** CDI event fired on the node where editors published: which files of the content folder changed. */
public record ContentPublished(List<String> files) {
}
