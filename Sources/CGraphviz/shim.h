// Dossier's window onto the system's libgraphviz: the system headers, and
// wrappers for calls whose signatures differ between Graphviz versions.
#ifndef DOSSIER_CGRAPHVIZ_SHIM_H
#define DOSSIER_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/graphviz_version.h>
#include <stddef.h>
#include <stdlib.h>

// gvRenderData's length is `unsigned int *` up to Graphviz 2.x and
// `size_t *` from 3.0 on; this wrapper takes a size_t on both.
static inline int dossier_gv_render_data(GVC_t *context, graph_t *graph, const char *format,
                                         char **result, size_t *length) {
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 3
    return gvRenderData(context, graph, format, result, length);
#else
    unsigned int shortLength = 0;
    int status = gvRenderData(context, graph, format, result, &shortLength);
    *length = shortLength;
    return status;
#endif
}

// gvPluginList lost its unused fourth parameter in Graphviz 3.0. The caller
// frees each name, then the list, with dossier_free.
static inline char **dossier_plugin_list(GVC_t *context, const char *kind, int *count) {
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 3
    return gvPluginList(context, kind, count);
#else
    return gvPluginList(context, kind, count, NULL);
#endif
}

// The last error message that libgraphviz recorded, or NULL; the caller
// frees it with dossier_free.
static inline char *dossier_last_error(void) {
    return aglasterr();
}

// Frees memory that libgraphviz handed over.
static inline void dossier_free(void *pointer) {
    free(pointer);
}

#endif
