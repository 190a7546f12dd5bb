/**
 * The DCAT-AP description of the catalogue, its dataset and its distributions, as JSON-LD
 * at /catalogus.jsonld, for open data portals that harvest it (the Flemish portal harvests
 * DCAT-AP Vlaanderen). Its context is inline, so a harvester expands it without fetching
 * anything.
 *
 * It has what DCAT-AP Vlaanderen makes mandatory (its handbook and SHACL shapes; the list
 * is checked in tests/e2e/open-data.test.ts and docs/open-data.md):
 * - catalogue: title, description, publisher (an agent with a name), licence (the Flemish
 *   CC0 declaration for the metadata, as the profile fixes), dataset;
 * - dataset: title, description, identifier, publisher, contact point (an organisation with
 *   an e-mail address), at least one distribution, access rights "public", keywords (with
 *   "Vlaamse Open data", which the Flemish portal looks for), status "Vlaamse Open data";
 * - distribution: title, identifier, access URL, licence (typed with the ADMS licence types,
 *   as the profile asks of a licence that is not a Flemish model licence).
 * Texts carry a language tag (nl), as the profile asks.
 */
import type { CatalogueInfo } from './catalogue-info.ts';
import type { Licence } from '../../schema/site.ts';

export const dcatContext = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  mdcat: 'https://data.vlaanderen.be/ns/metadata-dcat#',
} as const;

/** Fixed values of DCAT-AP Vlaanderen and the EU vocabularies it uses. */
export const dcatValues = {
  /** The licence of a catalogue's metadata in DCAT-AP Vlaanderen: always this CC0 declaration. */
  metadataLicence: 'https://data.vlaanderen.be/id/licentie/creative-commons-zero-verklaring/v1.0',
  publicAccess: 'http://publications.europa.eu/resource/authority/access-right/PUBLIC',
  openDataStatus: 'https://metadata.vlaanderen.be/id/GDI-Vlaanderen-Trefwoorden/VLOPENDATA',
  openDataKeyword: 'Vlaamse Open data',
  dutch: 'http://publications.europa.eu/resource/authority/language/NLD',
  fileType: (type: string) => `http://publications.europa.eu/resource/authority/file-type/${type}`,
  mediaType: (type: string) => `https://www.iana.org/assignments/media-types/${type}`,
  licenceType: (type: string) => `http://purl.org/adms/licencetype/${type}`,
  /** Belgian data themes (an extension of the EU's), which DCAT-AP Vlaanderen recommends. */
  themes: [
    'http://vocab.belgif.be/auth/datatheme/GOVE',
    'http://vocab.belgif.be/auth/datatheme/SOCI',
  ],
} as const;

const nl = (value: string) => ({ '@value': value, '@language': 'nl' });
const date = (value: string) => ({ '@value': value, '@type': 'xsd:date' });
const ref = (iri: string) => ({ '@id': iri });

function licenceDocument(licence: Licence) {
  return {
    '@id': licence.url,
    '@type': 'dct:LicenseDocument',
    'dct:title': nl(licence.name),
    'dct:type': licence.types.map((type) => ref(dcatValues.licenceType(type))),
  };
}

export function dcatCatalogue(info: CatalogueInfo): Record<string, unknown> {
  const publisher = {
    '@id': `${info.home}#uitgever`,
    '@type': 'foaf:Agent',
    'foaf:name': nl(info.publisher.fullName),
    'foaf:homepage': ref(info.publisher.url),
  };
  const dates = {
    ...(info.issued ? { 'dct:issued': date(info.issued) } : {}),
    ...(info.modified ? { 'dct:modified': date(info.modified) } : {}),
  };
  const distributions = info.files.map((file) => ({
    '@id': file.id,
    '@type': 'dcat:Distribution',
    'dct:identifier': file.id,
    'dct:title': nl(file.title),
    'dct:description': nl(file.description),
    'dcat:accessURL': ref(file.url),
    'dcat:downloadURL': ref(file.url),
    'dct:license': licenceDocument(info.licence.data),
    'dct:format': ref(dcatValues.fileType(file.fileType)),
    'dcat:mediaType': ref(dcatValues.mediaType(file.mediaType)),
    'dct:language': ref(dcatValues.dutch),
    ...(file.conformsTo ? { 'dct:conformsTo': ref(file.conformsTo) } : {}),
    ...(info.modified ? { 'dct:modified': date(info.modified) } : {}),
  }));
  const dataset = {
    '@id': info.datasetId,
    '@type': 'dcat:Dataset',
    'dct:identifier': info.datasetId,
    'dct:title': nl(info.datasetTitle),
    'dct:description': nl(info.datasetDescription),
    'dct:publisher': publisher,
    'dcat:contactPoint': {
      '@id': `${info.home}#redactie`,
      '@type': 'vcard:Organization',
      'vcard:fn': nl(info.publisher.fullName),
      'vcard:hasEmail': ref(`mailto:${info.email}`),
      'vcard:hasURL': ref(info.home),
    },
    'dcat:keyword': [dcatValues.openDataKeyword, ...info.keywords].map(nl),
    'dcat:theme': dcatValues.themes.map(ref),
    'dct:accessRights': {
      '@id': dcatValues.publicAccess,
      '@type': ['skos:Concept', 'dct:RightsStatement'],
      'skos:prefLabel': nl('publiek'),
    },
    'mdcat:statuut': {
      '@id': dcatValues.openDataStatus,
      '@type': 'skos:Concept',
      'skos:prefLabel': nl(dcatValues.openDataKeyword),
    },
    'dcat:landingPage': ref(info.page),
    'dct:language': ref(dcatValues.dutch),
    ...dates,
    'dcat:distribution': distributions,
  };
  return {
    '@context': dcatContext,
    '@id': info.catalogueId,
    '@type': 'dcat:Catalog',
    'dct:title': nl(info.name),
    'dct:description': nl(info.description),
    'dct:publisher': publisher,
    'dct:license': {
      '@id': dcatValues.metadataLicence,
      '@type': 'dct:LicenseDocument',
      'dct:type': ref(dcatValues.licenceType('PublicDomain')),
    },
    'foaf:homepage': ref(info.home),
    'dct:language': ref(dcatValues.dutch),
    ...dates,
    'dcat:dataset': dataset,
  };
}
