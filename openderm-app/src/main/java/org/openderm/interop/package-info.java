/**
 * The FHIR R4 kernel shared by the FHIR export/import feature and the CDS Hooks service of the
 * decision feature: the one HAPI context and a parser that lists every problem. Kept apart from
 * both features so that neither depends on the other for it (no package cycle).
 */
package org.openderm.interop;
