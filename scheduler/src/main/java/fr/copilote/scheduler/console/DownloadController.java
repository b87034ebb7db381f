package fr.copilote.scheduler.console;

import fr.copilote.scheduler.operations.Actor;
import fr.copilote.scheduler.operations.AuditLog;
import java.nio.file.Path;
import java.security.Principal;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Workbooks and reject reports of the output folder, by name, to any signed-in user; each download is audited. */
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Controller
public class DownloadController {

    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final OutputFiles outputs;
    private final AuditLog audit;

    public DownloadController(OutputFiles outputs, AuditLog audit) {
        this.outputs = outputs;
        this.audit = audit;
    }

    @GetMapping("/downloads/{name:.+}")
    public ResponseEntity<Resource> download(@PathVariable String name, Principal user) {
        Path file = outputs.find(name).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Fichier introuvable"));
        audit.record(Actor.console(user.getName()), "téléchargement", null, null, file.getFileName().toString());
        return ResponseEntity.ok()
                .contentType(name.endsWith(".xlsx") ? XLSX : CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.getFileName().toString())
                        .build().toString())
                .body(new FileSystemResource(file));
    }
}
