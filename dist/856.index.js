export const id = 856;
export const ids = [856];
export const modules = {

/***/ 5856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VERSION: () => (/* binding */ VERSION)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/project/version.ts
/**
 * The product's version, the one in package.json: the action and the command
 * line are one versioned product. ncc bundles the JSON, so the bundle knows
 * its version without reading package.json at run time.
 */

/** `1.2.3`, as package.json says. */
const VERSION = package_namespaceObject.rE;


/***/ })

};
