package fr.copilote.reports.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.drawingml.x2006.chart.ChartSpaceDocument;
import org.openxmlformats.schemas.drawingml.x2006.main.ThemeDocument;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.WsDrDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CalcChainDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CommentsDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.SstDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.StyleSheetDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.TableDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;
import org.openxmlformats.schemas.xpackage.x2006.relationships.RelationshipsDocument;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Validates every XML part of an .xlsx against the ECMA-376 schemas, as Excel's own reader is strict where
 * LibreOffice forgives: a part Excel finds invalid is « repaired » on opening — a chart or a conditional format
 * dropped without a word. The parts of SpreadsheetML and DrawingML are parsed with XMLBeans against the compiled
 * schemas of {@code poi-ooxml-full} (the lite jar POI ships with only holds the types POI itself touches); the two
 * streams of the package itself, {@code [Content_Types].xml} and the core properties, which XMLBeans has no schema
 * for, against the Open Packaging Conventions schemas transcribed in this package's resources.
 *
 * <p>Nothing is skipped in silence: a zip entry whose content type has no schema here is a problem of the report,
 * « not validated », as much as a schema error is.
 */
public final class OoxmlSchemaValidation {

    /** Errors kept per part: one mistake repeated on every row would otherwise drown the others. */
    private static final int ERRORS_PER_PART = 20;
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String SML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    private static final String CORE_PROPERTIES = "application/vnd.openxmlformats-package.core-properties+xml";

    /** The part kinds with a schema: content type → kind and how a part of that kind is validated. */
    private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

    static {
        xmlBeans(SML + "sheet.main+xml", "workbook", WorkbookDocument.type);
        xmlBeans(SML + "worksheet+xml", "worksheet", WorksheetDocument.type);
        xmlBeans(SML + "styles+xml", "styles", StyleSheetDocument.type);
        xmlBeans(SML + "sharedStrings+xml", "shared strings", SstDocument.type);
        xmlBeans(SML + "table+xml", "table", TableDocument.type);
        xmlBeans(SML + "comments+xml", "comments", CommentsDocument.type);
        xmlBeans(SML + "calcChain+xml", "calculation chain", CalcChainDocument.type);
        xmlBeans("application/vnd.openxmlformats-officedocument.drawing+xml", "drawing", WsDrDocument.type);
        xmlBeans("application/vnd.openxmlformats-officedocument.drawingml.chart+xml", "chart", ChartSpaceDocument.type);
        xmlBeans("application/vnd.openxmlformats-officedocument.theme+xml", "theme", ThemeDocument.type);
        xmlBeans("application/vnd.openxmlformats-officedocument.extended-properties+xml", "extended properties",
                org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument.type);
        xmlBeans("application/vnd.openxmlformats-officedocument.custom-properties+xml", "custom properties",
                org.openxmlformats.schemas.officeDocument.x2006.customProperties.PropertiesDocument.type);
        xmlBeans("application/vnd.openxmlformats-package.relationships+xml", "relationships", RelationshipsDocument.type);
        KINDS.put(CORE_PROPERTIES, new Kind("core properties", xsd("opc-coreProperties.xsd")));
    }

    /** The kind of the package's content-types stream, which is no part and has no content type of its own. */
    public static final String CONTENT_TYPES_KIND = "content types";
    private static final Kind CONTENT_TYPES_STREAM = new Kind(CONTENT_TYPES_KIND, xsd("opc-contentTypes.xsd"));

    private record Kind(String name, Function<InputStream, List<String>> validator) {
    }

    /** One zip entry of the workbook: its content type, the kind it was validated as (null: none), its errors. */
    public record Part(String name, String contentType, String kind, List<String> errors) {
    }

    /** What one workbook gave, part by part. */
    public record Report(Path workbook, List<Part> parts) {

        /** Every schema error, and every part left unvalidated, each with its part name: empty when the file is valid. */
        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            for (Part part : parts) {
                if (part.kind() == null) {
                    problems.add(part.name() + ": not validated, no schema for content type « " + part.contentType() + " »");
                }
                part.errors().forEach(error -> problems.add(part.name() + ": " + error));
            }
            return problems;
        }

        /** The kinds of part validated, each once. */
        public Set<String> kinds() {
            Set<String> kinds = new LinkedHashSet<>();
            parts.stream().filter(p -> p.kind() != null).forEach(p -> kinds.add(p.kind()));
            return kinds;
        }

        public List<String> invalidParts() {
            return parts.stream().filter(p -> !p.errors().isEmpty()).map(Part::name).toList();
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder(workbook.getFileName() + ": " + parts.size() + " parts, "
                    + invalidParts().size() + " invalid");
            problems().forEach(problem -> text.append("\n  ").append(problem));
            return text.toString();
        }
    }

    private OoxmlSchemaValidation() {
    }

    public static Report validate(Path xlsx) {
        List<Part> parts = new ArrayList<>();
        // The package names each part's content type (defaults by extension, overrides by name); the bytes are read
        // from the zip itself, exactly as Excel reads them.
        try (OPCPackage pack = OPCPackage.open(xlsx.toFile(), PackageAccess.READ); ZipFile zip = new ZipFile(xlsx.toFile())) {
            Map<String, String> contentTypes = new LinkedHashMap<>();
            for (PackagePart part : pack.getParts()) {
                contentTypes.put(part.getPartName().getName(), part.getContentType());
            }
            for (ZipEntry entry : Collections.list((Enumeration<ZipEntry>) zip.entries())) {
                if (entry.isDirectory()) {
                    continue;
                }
                String name = "/" + entry.getName();
                if (entry.getName().equals(CONTENT_TYPES)) {
                    parts.add(check(zip, entry, name, "", CONTENT_TYPES_STREAM));
                    continue;
                }
                String contentType = contentTypes.getOrDefault(name, "(none)");
                parts.add(check(zip, entry, name, contentType, KINDS.get(contentType)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(xlsx + " is no OPC package: " + e.getMessage(), e);
        }
        return new Report(xlsx, List.copyOf(parts));
    }

    private static Part check(ZipFile zip, ZipEntry entry, String name, String contentType, Kind kind) throws IOException {
        if (kind == null) {
            return new Part(name, contentType, null, List.of());
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new Part(name, contentType, kind.name(), kind.validator().apply(in));
        }
    }

    private static void xmlBeans(String contentType, String kind, SchemaType documentType) {
        KINDS.put(contentType, new Kind(kind, in -> xmlBeans(in, documentType)));
    }

    /**
     * Parsed as the document type its content type announces (another root element is an error), then validated.
     * Parsed through POI's compiled type system itself: the thread's context loader does not know where POI keeps
     * its schema metadata, and would find no declaration for the elements a wildcard admits, {@code c:chart} in a
     * drawing's {@code a:graphicData} for one.
     */
    private static List<String> xmlBeans(InputStream in, SchemaType documentType) {
        XmlObject document;
        try {
            document = documentType.getTypeSystem().parse(in, documentType, new XmlOptions());
        } catch (XmlException e) {
            return List.of("not a " + documentType.getName() + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<XmlError> found = new ArrayList<>();
        document.validate(new XmlOptions().setErrorListener(found));
        List<String> errors = new ArrayList<>();
        for (XmlError error : found) {
            if (error.getSeverity() != XmlError.SEVERITY_ERROR) {
                continue;
            }
            if (errors.size() == ERRORS_PER_PART) {
                errors.add("… and " + (found.size() - ERRORS_PER_PART) + " more");
                break;
            }
            errors.add(error.getMessage() + " (at " + path(error.getCursorLocation()) + ")");
        }
        return errors;
    }

    /** Where an error is, by element names: the parts are written on one line, so line numbers tell nothing. */
    private static String path(XmlCursor cursor) {
        if (cursor == null) {
            return "?";
        }
        try (cursor) {
            List<String> names = new ArrayList<>();
            do {
                if (cursor.getName() != null) {
                    names.add(0, cursor.getName().getLocalPart());
                }
            } while (cursor.toParent());
            return "/" + String.join("/", names);
        }
    }

    /** A JAXP validator of the schema in this package's {@code opc} resources; each import is resolved there too. */
    private static Function<InputStream, List<String>> xsd(String file) {
        Schema schema;
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            DOMImplementationLS ls = (DOMImplementationLS) DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation();
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
                LSInput input = ls.createLSInput();
                URL local = resource(switch (namespace) {
                    case "http://purl.org/dc/elements/1.1/" -> "dc.xsd";
                    case "http://purl.org/dc/terms/" -> "dcterms.xsd";
                    case XMLConstants.XML_NS_URI -> "xml.xsd";
                    default -> throw new IllegalStateException("no local schema for namespace " + namespace);
                });
                input.setSystemId(local.toExternalForm());
                return input;
            });
            schema = factory.newSchema(resource(file));
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalStateException("schema " + file + " does not load: " + e.getMessage(), e);
        }
        return in -> {
            List<String> errors = new ArrayList<>();
            Validator validator = schema.newValidator();
            validator.setErrorHandler(new DefaultHandler() {
                @Override
                public void error(SAXParseException e) {
                    errors.add(e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    errors.add(e.getMessage());
                }
            });
            try {
                validator.validate(new StreamSource(in));
            } catch (SAXException e) {
                if (errors.isEmpty()) {
                    errors.add(e.getMessage());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return errors;
        };
    }

    private static URL resource(String file) {
        URL url = OoxmlSchemaValidation.class.getResource("opc/" + file);
        if (url == null) {
            throw new IllegalStateException("missing schema resource opc/" + file);
        }
        return url;
    }
}
